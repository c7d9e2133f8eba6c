package examples.etl;

/** What one batch step returns; replay hands back this checkpointed value instead of re-running the step. */
public record BatchResult(String batchKey, int rowsLoaded) {}
