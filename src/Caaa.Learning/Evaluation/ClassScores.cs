namespace Caaa.Learning.Evaluation;

/// <summary>Precision, recall and F1 of one class; NaN where the figure is undefined (nothing to divide by).</summary>
internal sealed record ClassScores(double Precision, double Recall, double F1, int Support);
