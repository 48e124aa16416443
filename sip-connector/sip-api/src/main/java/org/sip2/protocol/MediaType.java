package org.sip2.protocol;

/** Media type (docs/protocol.md §7.5). */
public enum MediaType implements Coded {
    OTHER("000", "other"),
    BOOK("001", "book"),
    MAGAZINE("002", "magazine"),
    BOUND_JOURNAL("003", "bound journal"),
    AUDIO_TAPE("004", "audio tape"),
    VIDEO_TAPE("005", "video tape"),
    CD_CDROM("006", "CD/CDROM"),
    DISKETTE("007", "diskette"),
    BOOK_WITH_DISKETTE("008", "book with diskette"),
    BOOK_WITH_CD("009", "book with CD"),
    BOOK_WITH_AUDIO_TAPE("010", "book with audio tape");

    private final String code;
    private final String description;

    MediaType(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }
}
