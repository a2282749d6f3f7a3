/**
 * PLACE: the gazetteer of administrative divisions and other places
 * ({@link org.newsminer.entity.place.Gazetteer}) and the recognizer that finds names, short forms and
 * address chains in text ({@link org.newsminer.entity.place.PlaceRecognizer}). Vocabulary comes from
 * {@code models/} ({@code places.tsv}, {@code rules/place/}).
 */
package org.newsminer.entity.place;
