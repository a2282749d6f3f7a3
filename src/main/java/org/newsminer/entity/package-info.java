/**
 * Stage 3, entity: the immutable entity records ({@link org.newsminer.entity.Money},
 * {@link org.newsminer.entity.Percent}, {@link org.newsminer.entity.Place},
 * {@link org.newsminer.entity.Program}) and {@link org.newsminer.entity.EntityExtractor}, which runs the
 * recognizers of the sub-packages {@code number}, {@code place} and {@code program} over one article.
 */
package org.newsminer.entity;
