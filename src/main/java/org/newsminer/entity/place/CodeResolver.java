package org.newsminer.entity.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsminer.entity.PlaceLevel;

/**
 * Mechanism 6, statistical codes: gives each administrative mention the one division unit it names, with the
 * list's path, or none. A name one unit bears is that unit. A name several units bear (城关区; most township
 * and village names) is resolved only by what the article itself says: the place it is chained to
 * (拉萨市堆龙德庆区东嘎街道, 岗色乡的马曲村) or the units the article names elsewhere (its county, prefecture,
 * province, the dateline's city); the candidates under the deepest of those win when they are one. Otherwise
 * the mention keeps its level, gets no code, and the path only the article gave it. A township or village
 * the list writes with another suffix (桑木社区 where the paper writes 桑木村) is found by its stem under
 * its county.
 *
 * <p>Stateless and thread-safe.
 */
final class CodeResolver {
  private CodeResolver() {}

  /** The code of each candidate (null when not one unit); resolved paths replace those in {@code paths}. */
  static String[] resolve(String text, List<Cand> all, List<List<String>> paths) {
    String[] codes = new String[all.size()];
    if (all.isEmpty()) {
      return codes;
    }
    Divisions d = Divisions.get();
    int[] unit = new int[all.size()];
    // Anchors: names that are one unit wherever they stand.
    Set<Integer> context = new HashSet<>();
    for (int k = 0; k < all.size(); k++) {
      Cand c = all.get(k);
      unit[k] = c.entry != null && c.entry.units().length == 1 ? c.entry.units()[0] : -1;
      if (unit[k] >= 0) {
        context.add(unit[k]);
      }
    }
    // A shared name (城关区) resolved by a township or village only it holds (皋兰路街道): the one whose
    // unit contains that place.
    for (int k = 0; k + 1 < all.size(); k++) {
      Cand c = all.get(k);
      if (unit[k] < 0 && c.entry != null && c.entry.ambiguous() && unit[k + 1] >= 0
          && AddressChains.linked(text, c, all.get(k + 1))) {
        for (int u : c.entry.units()) {
          if (d.within(unit[k + 1], u)) {
            unit[k] = u;
            context.add(u);
          }
        }
      }
    }
    for (int k = 0; k < all.size(); k++) {
      Cand c = all.get(k);
      if (unit[k] < 0 && administrative(c.level)) {
        int parent = k > 0 && AddressChains.linked(text, all.get(k - 1), c) ? unit[k - 1] : -1;
        unit[k] = choose(d, candidates(d, c), parent, context);
        if (unit[k] >= 0) {
          context.add(unit[k]);
        }
      }
      if (unit[k] >= 0) {
        codes[k] = d.code(unit[k]);
        // The list's path, ending in the name as the article gives it (桑木村 for the list's 桑木社区).
        int up = d.parent(unit[k]);
        List<String> path = up >= 0 ? new ArrayList<>(d.path(up)) : new ArrayList<>();
        path.add(c.name);
        paths.set(k, List.copyOf(path));
      }
    }
    return codes;
  }

  private static boolean administrative(PlaceLevel l) {
    int r = Cand.rank(l);
    return r >= 1 && r <= 5;
  }

  /** The units a mention may be: its gazetteer entry's, else the list's units of that name (or stem) and level. */
  private static List<Integer> candidates(Divisions d, Cand c) {
    List<Integer> out = new ArrayList<>();
    if (c.entry != null && c.entry.units().length > 0) {
      for (int u : c.entry.units()) {
        out.add(u);
      }
      return out;
    }
    for (int u : d.named(c.name)) {
      if (Gazetteer.levelOf(d, u, c.name) == c.level || sameTier(d.level(u), c.level)) {
        out.add(u);
      }
    }
    if (out.isEmpty() && (c.level == PlaceLevel.TOWNSHIP || c.level == PlaceLevel.VILLAGE)) {
      String stem = stem(c.name);
      if (stem != null) {
        for (int u : d.stemmed(stem)) {
          if (d.level(u) == c.level) {
            out.add(u);
          }
        }
      }
    }
    return out;
  }

  /** HanLP guesses a city's level from its suffix alone: a prefecture and a county-level city are one tier. */
  private static boolean sameTier(PlaceLevel a, PlaceLevel b) {
    return (a == PlaceLevel.PREFECTURE || a == PlaceLevel.COUNTY) && (b == PlaceLevel.PREFECTURE || b == PlaceLevel.COUNTY);
  }

  private static String stem(String name) {
    for (String suf : PlaceRules.LOCAL_SUFFIXES) {
      if (name.endsWith(suf) && name.length() > suf.length()) {
        return name.substring(0, name.length() - suf.length());
      }
    }
    return null;
  }

  /**
   * The one candidate under the chain's parent, else under the deepest unit the article names, else the
   * only candidate there is; -1 when that is not one. Each candidate's ancestors are walked once (a common
   * village name has thousands of candidates).
   */
  private static int choose(Divisions d, List<Integer> cands, int parent, Set<Integer> context) {
    if (cands.isEmpty()) {
      return -1;
    }
    if (parent >= 0) {
      int only = -1;
      for (int u : cands) {
        if (d.within(u, parent)) {
          if (only >= 0) {
            return -1;
          }
          only = u;
        }
      }
      if (only >= 0) {
        return only;
      }
    }
    int best = -1;
    int bestDepth = 0;
    boolean tie = false;
    for (int u : cands) {
      int depth = 0;
      for (int a = d.parent(u); a >= 0; a = d.parent(a)) {
        if (context.contains(a)) {
          depth = depthOf(d, a);
          break;
        }
      }
      if (depth > bestDepth) {
        best = u;
        bestDepth = depth;
        tie = false;
      } else if (depth == bestDepth && depth > 0) {
        tie = true;
      }
    }
    if (best >= 0) {
      return tie ? -1 : best;
    }
    return cands.size() == 1 ? cands.get(0) : -1;
  }

  private static int depthOf(Divisions d, int u) {
    int depth = 0;
    for (int v = u; v >= 0; v = d.parent(v)) {
      depth++;
    }
    return depth;
  }
}
