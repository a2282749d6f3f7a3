/**
 * Stage 2, article: splits a normalized page into its articles (headline, byline, dateline, body,
 * captions). Offsets stay those of the normalized page.
 */
package org.newsminer.article;
