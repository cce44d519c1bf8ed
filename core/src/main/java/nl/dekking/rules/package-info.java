/**
 * A municipality's rules for its groups (spelregels) as data: {@link nl.dekking.rules.GroupRules}, with presets
 * for Heerenveen and Harlingen, read from and written to JSON by {@link nl.dekking.rules.GroupRulesJson}.
 */
package nl.dekking.rules;
