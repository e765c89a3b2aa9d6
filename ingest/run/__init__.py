"""Running the work: job records, the batch core, the Redis worker and the local runner."""
