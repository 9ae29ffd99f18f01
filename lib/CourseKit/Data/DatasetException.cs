namespace CourseKit.Data;

/// <summary>Thrown when a data file is missing, altered, truncated or malformed; the message names the file and says how to fix it.</summary>
public sealed class DatasetException(string message, Exception? inner = null) : Exception(message, inner);
