namespace Caaa.Cli.Stack;

/// <summary>A local server could not be started or used; the message says how to fix it.</summary>
internal sealed class StackException(string message) : Exception(message);
