package org.newsminer.text;

/**
 * Repairs the artefacts PDF extraction leaves in newspaper text while keeping the map back to the
 * original offsets. Stateless and thread-safe.
 */
public final class Normalizer {

  /** Normalizes {@code original}. */
  public NormalizedText normalize(String original) {
    // Placeholder until the full normalizer lands: keeps every character where it is.
    NormalizedText.Builder b = new NormalizedText.Builder(original);
    for (int i = 0; i < original.length(); i++) {
      b.append(original.charAt(i), i, i + 1);
    }
    return b.build();
  }
}
