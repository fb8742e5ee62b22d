/**
 * Rate limits that hold for the whole desk: token buckets kept in the database (Bucket4j), so that
 * every node behind a balancer takes from the same allowance.
 */
package io.ticketflow.ratelimit;
