package nl.dekking.publish;

import nl.dekking.analysis.Language;

/** The dekkingskaart's fixed words in one language, and the page around the map, the data and the script. */
record PageText(String code, String defaultTitle, String intro, String searchLabel, String searchHint,
    String searchButton, String mapHeading, String mapHelp, String wholeMap, String groupsList, String credits,
    String creditsRoads, String panelEmpty) {

  static PageText of(Language language) {
    return switch (language) {
      case NL -> new PageText("nl", "Dekkingskaart buurtpreventie",
          "Is er een WhatsApp-buurtpreventiegroep voor uw adres, en bij wie meldt u zich aan? Zoek uw adres, of kies"
              + " een gebied op de kaart.",
          "Uw adres: postcode en huisnummer, of straat en huisnummer", "Bijvoorbeeld 6731 BR 12 of Dorpsstraat 12",
          "Zoeken", "Kaart van de groepen",
          "Klik of tik op een gekleurd gebied, of ga er met Tab naartoe en druk op Enter.", "Hele kaart",
          "Alle groepen", "Adressen: BAG (Kadaster). Groepen: de gemeente.", " Kaart: BGT (Kadaster).",
          "Kies een groep op de kaart of in de lijst.");
      case EN -> new PageText("en", "Neighbourhood watch coverage map",
          "Is there a neighbourhood-watch WhatsApp group for your address, and whom do you contact to join? Search"
              + " for your address, or choose an area on the map.",
          "Your address: postcode and house number, or street and number", "For example 6731 BR 12 or Dorpsstraat 12",
          "Search", "Map of the groups",
          "Click or tap a coloured area, or reach it with Tab and press Enter.", "Whole map", "All groups",
          "Addresses: BAG (Kadaster). Groups: the municipality.", " Map: BGT (Kadaster).",
          "Choose a group on the map or in the list.");
    };
  }

  String page(String title, String css, String svg, int groups, String data, String script, boolean roads) {
    return "<!DOCTYPE html>\n<html lang=\"" + code + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n"
        + "<header><h1>" + escape(title) + "</h1><p>" + escape(intro) + "</p></header>\n"
        + "<main>\n<section class=\"search\" aria-labelledby=\"zoek-label\">\n"
        + "<form id=\"zoekformulier\" role=\"search\" autocomplete=\"off\">\n"
        + "<h2><label id=\"zoek-label\" for=\"zoek\">" + escape(searchLabel) + "</label></h2>\n"
        + "<div class=\"row\"><input id=\"zoek\" name=\"adres\" type=\"search\" list=\"suggesties\" "
        + "aria-describedby=\"zoek-hint\" autocomplete=\"off\" spellcheck=\"false\">"
        + "<button type=\"submit\">" + escape(searchButton) + "</button></div>\n"
        + "<p id=\"zoek-hint\" class=\"hint\">" + escape(searchHint) + "</p>\n"
        + "<datalist id=\"suggesties\"></datalist>\n</form>\n"
        + "<div id=\"resultaat\" role=\"status\" aria-live=\"polite\" data-status=\"\" data-groups=\"\"></div>\n"
        + "</section>\n"
        + "<div class=\"layout\">\n<section class=\"map\" aria-labelledby=\"kaart-kop\">\n"
        + "<h2 id=\"kaart-kop\">" + escape(mapHeading) + "</h2>\n<p class=\"hint\">" + escape(mapHelp) + "</p>\n"
        + "<button type=\"button\" id=\"hele-kaart\">" + escape(wholeMap) + "</button>\n"
        + "<div id=\"kaart\">\n" + svg + "</div>\n</section>\n"
        + "<section id=\"paneel\" aria-labelledby=\"paneel-kop\" tabindex=\"-1\">\n"
        + "<h2 id=\"paneel-kop\">" + escape(panelEmpty) + "</h2>\n<div id=\"paneel-inhoud\"></div>\n</section>\n"
        + "</div>\n"
        + "<details id=\"groepen\"><summary>" + escape(groupsList) + " (" + groups + ")</summary>\n"
        + "<ul id=\"groepenlijst\"></ul></details>\n"
        + "</main>\n<footer><p>" + escape(credits + (roads ? creditsRoads : "")) + "</p></footer>\n"
        + "<script type=\"application/json\" id=\"dekking-data\">" + data + "</script>\n"
        + "<script>\n" + script + "</script>\n</body>\n</html>\n";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
