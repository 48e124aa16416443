/**
 * Catalogue import: patrons, items, open loans, holds and fees from CSV files, as an ILS's
 * reports give them. A file is read as a stream and written in chunks, each chunk its own
 * transaction, so that the size of a file is bounded by the disk, not by memory or by one
 * transaction; every row gets an outcome (created, updated, unchanged or error) and the report
 * keeps a bounded number of them with the totals. Files come from the console or from the import
 * directory ({@link org.sip2.server.importing.ImportDirectory}). No role checks here: the
 * console's services ({@code org.sip2.server.admin}) check them before calling in.
 *
 * <p>Depends on {@code org.sip2.server.domain}, {@code circulation}, {@code security}, the
 * protocol's code tables, Apache Commons CSV, Jakarta Persistence, EJB and MicroProfile Config.
 */
package org.sip2.server.importing;
