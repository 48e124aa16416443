/**
 * Test-only records of the Koha migration tests (KohaOptionsIT): institutions, patrons, items and
 * terminal accounts with behaviour options, all named KOH…. Deployed only by those tests.
 */
package org.sip2.it.koha;
