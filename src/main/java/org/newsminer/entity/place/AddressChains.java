package org.newsminer.entity.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;

/**
 * Mechanism 5, address chains and paths: merges the candidates of all mechanisms (a grammar name wins over
 * a gazetteer hit it overlaps) and gives each its path. A part the gazetteer does not know takes its path
 * from the part before it in a chain (拉萨市堆龙德庆区东嘎街道桑木村, 岗色乡的马曲村), from the list it
 * stands in (八廓街道、吉日街道), from a name seen earlier in the article, or from the only county (township)
 * the article named before it.
 *
 * <p>Stateless and thread-safe.
 */
final class AddressChains {
  private AddressChains() {}

  static List<Cand> merge(List<Cand> gaz, List<Cand> grammar) {
    List<Cand> all = new ArrayList<>(grammar);
    for (Cand g : gaz) {
      boolean dominated = false;
      for (Cand c : grammar) {
        if (c.start < g.end && g.start < c.end) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        all.add(g);
      }
    }
    all.sort(Comparator.comparingInt((Cand c) -> c.start).thenComparingInt(c -> c.end));
    return all;
  }

  static void emit(String text, List<Cand> all, List<Entity> out) {
    List<List<String>> paths = paths(text, all);
    String[] codes = CodeResolver.resolve(text, all, paths);
    for (int k = 0; k < all.size(); k++) {
      Cand c = all.get(k);
      out.add(new Place(text.substring(c.start, c.end), c.start, c.end, c.name, c.level, paths.get(k), codes[k]));
    }
  }

  /** The path of each candidate from the chain, the list or the article around it (empty when unknown). */
  private static List<List<String>> paths(String text, List<Cand> all) {
    List<List<String>> out = new ArrayList<>(all.size());
    Map<String, List<String>> seen = new HashMap<>();
    Set<String> counties = new LinkedHashSet<>();
    Set<String> townships = new LinkedHashSet<>();
    Cand prev = null;
    List<String> prevPath = null;
    for (Cand c : all) {
      List<String> path;
      if (c.entry != null && !c.entry.path().isEmpty()) {
        path = c.entry.path();
      } else if (prev != null && linked(text, prev, c) && Cand.rank(prev.level) < Cand.rank(c.level)
          && Cand.rank(c.level) < 9) {
        path = extend(prevPath.isEmpty() ? List.of(prev.name) : prevPath, c.name);
      } else if (prev != null && c.start == prev.end + 1 && text.charAt(prev.end) == '、' && prev.level == c.level
          && prevPath.size() > 1) {
        // 八廓街道、吉日街道: a list shares its parent.
        path = extend(prevPath.subList(0, prevPath.size() - 1), c.name);
      } else if (seen.containsKey(c.name)) {
        path = seen.get(c.name);
      } else if (c.level == PlaceLevel.VILLAGE && townships.size() == 1) {
        path = extend(seen.get(townships.iterator().next()), c.name);
      } else if ((c.level == PlaceLevel.VILLAGE || c.level == PlaceLevel.TOWNSHIP) && counties.size() == 1) {
        path = extend(seen.get(counties.iterator().next()), c.name);
      } else {
        path = List.of();
      }
      if (!path.isEmpty()) {
        seen.putIfAbsent(c.name, path);
      }
      if (c.level == PlaceLevel.COUNTY && !path.isEmpty()) {
        counties.add(c.name);
      } else if (c.level == PlaceLevel.TOWNSHIP && !path.isEmpty()) {
        townships.add(c.name);
      }
      out.add(path);
      prev = c;
      prevPath = path;
    }
    // A mention before the one that gave its name a path (西德 … 普兰县普兰镇西德村) takes that path too.
    for (int k = 0; k < all.size(); k++) {
      if (out.get(k).isEmpty() && seen.containsKey(all.get(k).name)) {
        out.set(k, seen.get(all.get(k).name));
      }
    }
    return out;
  }

  /** Adjacent parts of one chain, or joined by 的 (岗色乡的马曲村). */
  static boolean linked(String text, Cand a, Cand b) {
    return a.end == b.start || (b.start == a.end + 1 && text.charAt(a.end) == '的');
  }

  private static List<String> extend(List<String> parent, String name) {
    List<String> p = new ArrayList<>(parent);
    p.add(name);
    return p;
  }
}
