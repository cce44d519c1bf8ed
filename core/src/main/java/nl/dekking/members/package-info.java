/**
 * Member lists checked against the rules that need them (internal only): Harlingen's "members live in the
 * neighbourhood" ({@code residentsOnly}) and Heerenveen's "one member per household" ({@code oneMemberPerHousehold}).
 * {@link nl.dekking.members.MemberList} reads the list, {@link nl.dekking.members.MemberChecker} checks it against
 * the analysed map and the addresses, and {@link nl.dekking.members.MemberCheck} holds the counts (for the report)
 * and the offending addresses (for the internal {@code members.csv} only, {@link nl.dekking.members.MemberCsv}).
 * Member addresses are personal data: no public file may hold them.
 */
package nl.dekking.members;
