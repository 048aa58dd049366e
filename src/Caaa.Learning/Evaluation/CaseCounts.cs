namespace Caaa.Learning.Evaluation;

internal sealed record CaseCounts(int Total, int Fault, int ExpectedLoad);
