package org.newsminer.web;

/** A request the API refuses: an HTTP status and one line saying why, sent as {@code {"error": …}}. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
