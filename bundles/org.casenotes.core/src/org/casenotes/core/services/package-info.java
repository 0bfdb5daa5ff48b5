/**
 * Finding the services other bundles register ({@link org.casenotes.core.services.RegisteredService}): the form
 * catalogue, the caseload store factories, rules. Public API.
 */
package org.casenotes.core.services;
