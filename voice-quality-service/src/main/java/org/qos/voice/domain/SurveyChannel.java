package org.qos.voice.domain;

/** How a survey form came back (the appendix: letter, e-mail, fax, or a telephone interview). */
public enum SurveyChannel {
    MAIL, EMAIL, FAX, PHONE
}
