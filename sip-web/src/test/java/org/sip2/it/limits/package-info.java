/**
 * Records of the loan-limit tests: an institution whose loan rules limit one item type apart from
 * the rest. Test fixtures only; they may depend on the server's domain entities.
 */
package org.sip2.it.limits;
