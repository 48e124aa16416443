package org.sip2.server.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a CSV file holds, with its columns (header row required, in any order); the first ones are required. */
public enum ImportKind {
    PATRONS(
            "patrons",
            3,
            "barcode",
            "name",
            "institution",
            "pin",
            "email",
            "phone",
            "address",
            "category",
            "expires_on"),
    ITEMS(
            "items",
            4,
            "barcode",
            "title",
            "institution",
            "owning_location",
            "author",
            "call_number",
            "media_type",
            "item_type",
            "collection",
            "current_location",
            "status"),
    LOANS("loans", 3, "patron", "item", "due_at", "checked_out_at", "renewals"),
    HOLDS(
            "holds",
            1,
            "patron",
            "item",
            "title",
            "hold_type",
            "placed_at",
            "expires_at",
            "pickup_location",
            "status",
            "on_shelf_until"),
    FEES("fees", 2, "patron", "amount", "balance", "fee_type", "created_at", "item", "description");

    private final String fileName;
    private final int required;
    private final List<String> columns;

    ImportKind(String fileName, int required, String... columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = List.of(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> requiredColumns() {
        return columns.subList(0, required);
    }

    /** How files of this kind are named in the import directory: {@code items.csv}, {@code items-2026-11.csv}. */
    public String fileName() {
        return fileName;
    }

    public String label() {
        return fileName.substring(0, 1).toUpperCase(Locale.ROOT) + fileName.substring(1);
    }

    /** The kind a file's name starts with. */
    public static Optional<ImportKind> ofFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ImportKind kind : values()) {
            if (lower.startsWith(kind.fileName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
