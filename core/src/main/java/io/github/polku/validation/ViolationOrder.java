package io.github.polku.validation;

import java.util.Comparator;

/** Document order for violations: by pointer (numeric segments numerically), then code. */
enum ViolationOrder implements Comparator<Violation> {
    INSTANCE;

    @Override
    public int compare(Violation a, Violation b) {
        int byPath = comparePointers(a.getPath(), b.getPath());
        if (byPath != 0) {
            return byPath;
        }
        int byCode = a.getCode().compareTo(b.getCode());
        return byCode != 0 ? byCode : a.getArguments().toString().compareTo(b.getArguments().toString());
    }

    static int comparePointers(String a, String b) {
        String[] sa = a.split("/", -1);
        String[] sb = b.split("/", -1);
        for (int i = 0; i < Math.min(sa.length, sb.length); i++) {
            int c = compareSegments(sa[i], sb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(sa.length, sb.length);
    }

    private static int compareSegments(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
