package io.ticketflow.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

/** Agent profiles by user id. */
public interface AgentProfileRepository extends JpaRepository<AgentProfile, String> {}
