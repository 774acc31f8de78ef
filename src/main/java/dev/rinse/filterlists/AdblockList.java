package dev.rinse.filterlists;

import java.util.List;
import java.util.Map;

/**
 * What an Adblock-syntax list (EasyList, uBlock Origin's and AdGuard's lists) holds that rinse can apply to a
 * static document, and what it cannot, counted by kind.
 *
 * @param hiding the element-hiding filters and their exceptions, in list order
 * @param params the {@code $removeparam} filters and their exceptions, in list order
 * @param skipped the number of filters left out, by kind (network, scriptlet, css-injection, ...)
 * @param problems filters that could not be read: {@code line: message}, one each
 */
public record AdblockList(List<ElementHiding> hiding, List<ParamRemoval> params, Map<String, Integer> skipped,
    List<Problem> problems) {
  public AdblockList {
    hiding = List.copyOf(hiding);
    params = List.copyOf(params);
    skipped = Map.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  /** A filter that could not be read, at its line. */
  public record Problem(int line, String message) {}
}
