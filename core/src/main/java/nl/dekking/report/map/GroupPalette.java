package nl.dekking.report.map;

import java.util.List;

/**
 * Distinct colours for group areas, chosen to stay apart from the red and orange of overlaps and gaps and to stay
 * readable at 30% opacity over grey roads. Colours repeat after {@link #size()} groups; the map and the legend
 * name each group, so a repeated colour is never the only clue. Thread-safe and immutable.
 */
public final class GroupPalette {

  private static final List<String> COLOURS = List.of(
      "#1f77b4", "#2ca02c", "#9467bd", "#17becf", "#8c564b", "#bcbd22", "#e377c2", "#3f51b5",
      "#009688", "#7f7f7f", "#6a3d9a", "#b15928");

  private GroupPalette() {}

  /** The colour {@code #rrggbb} of the group at this position (0-based) in the report's group order. */
  public static String colour(int position) {
    if (position < 0) {
      throw new IllegalArgumentException("group position must be 0 or more, was " + position);
    }
    return COLOURS.get(position % COLOURS.size());
  }

  /** Whether a text is a colour {@code #rrggbb}. */
  public static boolean isColour(String text) {
    return text != null && text.matches("#[0-9a-fA-F]{6}");
  }

  /** How many colours there are before they repeat. */
  public static int size() {
    return COLOURS.size();
  }
}
