using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>Which recurrent cell a <see cref="SequenceClassifier"/> uses.</summary>
public enum RecurrentCell { GRU, LSTM, RNN }

/// <summary>A recurrent network that reads a sequence [N, steps, features] one step at a time and classifies it from its last hidden
/// state (e.g. an 8×8 digit read row by row). Taught in 04-how-networks-work.</summary>
public sealed class SequenceClassifier : nn.Module<Tensor, Tensor>
{
    readonly GRU? gru;
    readonly RNN? rnn;
    readonly LSTM? lstm;
    readonly Linear head;

    public SequenceClassifier(int features, int hidden, int classes, RecurrentCell cell = RecurrentCell.GRU, int layers = 1) : base($"{cell}Classifier")
    {
        switch (cell)
        {
            case RecurrentCell.LSTM: lstm = nn.LSTM(features, hidden, layers, batchFirst: true); break;
            case RecurrentCell.GRU: gru = nn.GRU(features, hidden, layers, batchFirst: true); break;
            default: rnn = nn.RNN(features, hidden, layers, batchFirst: true); break;
        }
        head = nn.Linear(hidden, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        if (x.dim() != 3) throw new ArgumentException($"{GetName()} expects sequences [N, steps, features]; got {Shapes.Describe(x)}.");
        Tensor outputs = lstm is not null ? lstm.call(x).Item1 : gru is not null ? gru.call(x).Item1 : rnn!.call(x).Item1;
        return head.call(outputs[.., -1]);
    }
}
