-- one row per transaction into a small table: the commit rate PostgreSQL gives a single-row write
INSERT INTO bench_ticket (title, requester, created_at) VALUES ('Printer on floor 3 is offline', 'zhang.san@example.com', now());
