package io.github.polku.serialization.jackson.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.polku.client.Client;
import io.github.polku.serialization.jackson.DocumentReadException;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.ReadLimits;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.serialization.jackson.StreamSummary;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GH-21: every document inside the limits is judged in bounded memory, however many problems it
 * has. Runs under {@code -Xmx64m} (failsafe's argLine), where keeping a violation per problem
 * exhausted the heap: 100,000 wrong codes in a 1 MB client, and millions in a document just under
 * the 16 MiB size limit, through every reading method of the API.
 */
class BoundedViolationsIT {

    private static final String NEEDS = "\"supportNeeds\":[\"SOCIAL_INCLUSION\"]";

    @BeforeAll
    static void runsInASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    }

    /** The valid client with {@code "X"} repeated in supportNeeds, filling the document to {@code size} bytes. */
    static byte[] clientOfSize(long size) {
        String client = InputReliabilityTest.CLIENT;
        int at = client.indexOf(NEEDS);
        byte[] head = (client.substring(0, at) + "\"supportNeeds\":[\"X\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("]" + client.substring(at + NEEDS.length())).getBytes(StandardCharsets.UTF_8);
        int values = (int) ((size - head.length - tail.length) / 4);
        byte[] doc = new byte[head.length + 4 * values + tail.length];
        System.arraycopy(head, 0, doc, 0, head.length);
        for (int i = 0; i < values; i++) {
            int p = head.length + 4 * i;
            doc[p] = ',';
            doc[p + 1] = '"';
            doc[p + 2] = 'X';
            doc[p + 3] = '"';
        }
        System.arraycopy(tail, 0, doc, head.length + 4 * values, tail.length);
        return doc;
    }

    /** The number of values in the supportNeeds of a document made by {@link #clientOfSize}. */
    private static long badValues(byte[] doc) {
        long n = 0;
        for (byte b : doc) {
            n += b == 'X' ? 1 : 0;
        }
        return n;
    }

    private static void assertCapped(ValidationReport report, long found) {
        List<Violation> v = report.getViolations();
        assertThat(v).hasSize(1001);
        assertThat(v.get(999).getPath()).isEqualTo("/supportNeeds/999");
        assertThat(v.get(1000).getCode()).isEqualTo("polku.json.limit.violations");
        assertThat(v.get(1000).getArguments()).isEqualTo(Map.of("max", "1000", "more", Long.toString(found - 1000)));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void aOneMegabyteClientWith100000WrongCodes() {
        String values = ",\"BAD\"".repeat(100_000).substring(1);
        byte[] doc = InputReliabilityTest.CLIENT.replace(NEEDS, "\"supportNeeds\":[" + values + "]").getBytes(StandardCharsets.UTF_8);
        assertThat(doc.length).isBetween(500_000, 1_000_000);
        PolkuDocuments documents = PolkuDocuments.strict();
        assertCapped(documents.readAndValidate(doc).getReport(), 100_000);
        assertCapped(documents.validate(doc), 100_000);
        assertCapped(documents.validate(new ByteArrayInputStream(doc)), 100_000);
        assertThatThrownBy(() -> documents.read(doc, Client.class)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertCapped(e.getReport(), 100_000));
    }

    @Test
    void aDocumentAtTheSizeLimitWithMillionsOfWrongCodes() {
        long max = ReadLimits.defaults().getMaxDocumentSize();
        byte[] doc = clientOfSize(max);
        assertThat((long) doc.length).isBetween(max - 4, max);
        long found = badValues(doc);
        assertThat(found).isGreaterThan(4_000_000);
        PolkuDocuments documents = PolkuDocuments.strict();
        assertCapped(documents.readAndValidate(doc).getReport(), found);
        assertCapped(documents.readAndValidate(new ByteArrayInputStream(doc)).getReport(), found);
        assertThatThrownBy(() -> documents.read(doc, Client.class)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertCapped(e.getReport(), found));
    }

    @Test
    void streamsOfSuchDocumentsKeepEachCapped() {
        byte[] doc = clientOfSize(4L * 1024 * 1024);
        long found = badValues(doc);
        // 12 MiB of array without a copy of it: the same document three times
        List<InputStream> parts = List.of(text("["), new ByteArrayInputStream(doc), text(","), new ByteArrayInputStream(doc),
                text(","), new ByteArrayInputStream(doc), text("]"));
        long[] documents = new long[1];
        StreamSummary summary = PolkuDocuments.strict().validateStream(new SequenceInputStream(Collections.enumeration(parts)),
                StreamFormat.ARRAY, r -> {
                    assertCapped(r.getReport(), found);
                    documents[0]++;
                });
        assertThat(documents[0]).isEqualTo(3);
        assertThat(summary.getInvalid()).isEqualTo(3);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
