package org.qos.campaigns.domain;

import org.qos.common.security.Caller;

/**
 * The role of whoever created a campaign or an invoice audit ({@code createdByRole} beside {@code createdBy}). In a
 * campaign the regulator created, the measurements are the regulator's: an operator may add only its own records and
 * may not close it. Rows created before the role was recorded are {@link #OPERATOR}.
 */
public enum CreatorRole {
    REGULATOR,
    OPERATOR;

    public static CreatorRole of(Caller caller) {
        return caller.regulator() ? REGULATOR : OPERATOR;
    }
}
