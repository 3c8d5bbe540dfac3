package org.qos.common.security;

/** The realm roles of the API. */
public final class Roles {
    public static final String REGULATOR = "regulator";
    public static final String OPERATOR = "operator";

    /** The token claim that names an operator's own data. */
    public static final String OPERATOR_ID_CLAIM = "operator_id";

    private Roles() {
    }
}
