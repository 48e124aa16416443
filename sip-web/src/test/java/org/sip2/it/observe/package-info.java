/** Test-only records of the monitoring ITs (prefix OBS), deployed with them into the shared IT database. */
package org.sip2.it.observe;
