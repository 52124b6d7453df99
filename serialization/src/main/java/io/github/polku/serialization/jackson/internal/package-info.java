/**
 * Internal: the descriptors of the exchange format (one per exchanged type, driving the reader, the
 * writer and the JSON Schema generator), the read context and the serializers of
 * {@code PolkuModule}. Not exported; not API.
 * <ul>
 * <li>{@code Descriptors}: the registry; {@code ReflectedDescriptors} describes the Immutables
 * types by reflection, {@code ValueDescriptors}, {@code QualityDescriptors}, {@code CohortCodec},
 * {@code ReportCodec} and {@code ThemeCodec} the others by hand, through {@code DescriptorBuilder}.</li>
 * <li>{@code TypeDescriptor} and its {@code Prop}s: a type's properties in wire order; a factory
 * builds the value from the {@code Values} read, each found by its typed {@code Prop}.</li>
 * <li>{@code Kind}: how one kind of value is read, written and described; the scalars in
 * {@code Kinds}, the structures in {@code ObjectKind}, {@code ListKind}, {@code MapKind},
 * {@code CodeKind} and {@code TextsKind}.</li>
 * <li>{@code SchemaWalk}: the types reachable from a document type and the code tables.</li>
 * </ul>
 */
package io.github.polku.serialization.jackson.internal;
