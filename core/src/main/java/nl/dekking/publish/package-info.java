/**
 * The public dekkingskaart: one self-contained HTML page a municipality puts on its website, where a resident finds
 * the group for their address and, by clicking a group, its streets and how to join.
 *
 * <p>{@link nl.dekking.publish.PublicGroups} makes the allow-listed public view of every group
 * ({@link nl.dekking.model.PublicGroup}: id, name, member count, streets in the report's form, colour, contacts
 * with consent {@code PUBLIC}, else the municipality's contact). {@link nl.dekking.publish.Dekkingskaart} writes
 * the page from an {@link nl.dekking.lookup.AddressLookup} built on those groups: nothing else about a group (no
 * metadata, no other contact) ever reaches it, because the writer is never given a {@link nl.dekking.model.Group}.
 */
package nl.dekking.publish;
