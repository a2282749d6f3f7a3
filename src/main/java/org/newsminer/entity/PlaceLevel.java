package org.newsminer.entity;

/** Administrative level of a place, or the kind of a place outside the hierarchy. */
public enum PlaceLevel {
  COUNTRY,
  PROVINCE,
  PREFECTURE,
  COUNTY,
  TOWNSHIP,
  VILLAGE,
  ZONE,
  NATURAL,
  FOREIGN
}
