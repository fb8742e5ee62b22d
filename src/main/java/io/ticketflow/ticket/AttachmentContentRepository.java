package io.ticketflow.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {}
