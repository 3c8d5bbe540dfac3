package org.qos.common.paging;

import org.qos.common.problem.ProblemException;

/** A page of a list: {@code page} from 0, {@code size} 1..1000 (default 100). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
