namespace Caaa.Learning.Datasets;

/// <summary>A dataset could not be downloaded or unpacked; the message names the dataset and the URL.</summary>
internal sealed class DataFetchException(string message, Exception? inner = null) : Exception(message, inner);
