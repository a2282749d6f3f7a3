package org.newsminer.search;

/** A query string that does not parse; the message is one line that says where and why. */
public final class MalformedQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public MalformedQueryException(String message) {
    super(message);
  }
}
