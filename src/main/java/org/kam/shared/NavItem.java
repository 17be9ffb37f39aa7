package org.kam.shared;

/**
 * An entry of the main menu contributed by a module, declared as a bean; the layout shows
 * them by ascending order after "My day" and "Accounts".
 *
 * @param path the page, e.g. {@code /communications}
 * @param labelKey message key of the label
 * @param order position among the contributed entries
 */
public record NavItem(String path, String labelKey, int order) {
}
