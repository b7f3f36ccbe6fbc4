package org.jewelers.contracts;

/**
 * The data of an event: a record of this library matching its type's JSON Schema, so that a producer can only
 * send what the contract names. {@link EventTypes#dataOf(String)} tells which record each type carries.
 */
public interface EventData {
}
