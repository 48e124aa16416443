/**
 * The example of sip-connector/README.md: an application of its own (an ILS module) that uses the
 * SIP2 resource adapter through the API jar only. Depends on {@code org.sip2.connector.api},
 * {@code org.sip2.protocol} and Jakarta EJB.
 */
package org.example.ils;
