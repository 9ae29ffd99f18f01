using CourseKit.Data;
using TorchSharp;

namespace CourseKit.Tests.Data;

[Collection("data")]
public sealed class TabularAndTextTests : DataTestBase
{
    [Fact]
    public void Iris_has_150_rows_of_4_features_and_50_per_species()
    {
        using var iris = Iris.Load();
        Assert.Equal([150L, 4], iris.Features.shape);
        Assert.Equal(torch.ScalarType.Float32, iris.Features.dtype);
        Assert.Equal(torch.ScalarType.Int64, iris.Labels.dtype);
        Assert.Equal([50L, 50, 50], iris.LabelCounts());
        Assert.Equal(["setosa", "versicolor", "virginica"], iris.ClassNames);
        Assert.Equal([5.1f, 3.5f, 1.4f, 0.2f], iris.Features[0].data<float>().ToArray());
        var frame = iris.ToDataFrame();
        Assert.Equal(150, frame.Rows.Count);
        Assert.Equal("sepal length (cm)", frame.Columns[0].Name);
        Assert.Equal("setosa", frame.Columns["class"][0]);
    }

    [Fact]
    public void Wine_has_178_rows_of_13_features()
    {
        using var wine = Wine.Load();
        Assert.Equal([178L, 13], wine.Features.shape);
        Assert.Equal([59L, 71, 48], wine.LabelCounts());
        Assert.Equal(14.23f, wine.Features[0, 0].item<float>());
        Assert.Equal(1065f, wine.Features[0, 12].item<float>());
    }

    [Fact]
    public void Breast_cancer_has_569_rows_of_30_features_212_malignant()
    {
        using var cancer = BreastCancer.Load();
        Assert.Equal([569L, 30], cancer.Features.shape);
        Assert.Equal([212L, 357], cancer.LabelCounts());
        Assert.Equal(["malignant", "benign"], cancer.ClassNames);
        Assert.Equal(17.99f, cancer.Features[0, 0].item<float>());
        Assert.Equal(0L, cancer.Labels[0].item<long>());
    }

    [Fact]
    public void Digits_are_1797_images_scaled_by_16()
    {
        using var digits = Digits.Load();
        Assert.Equal([1797L, 64], digits.Features.shape);
        Assert.Equal(10, digits.LabelCounts().Length);
        Assert.Equal(1797L, digits.LabelCounts().Sum());
        Assert.Equal(0L, digits.Labels[0].item<long>());
        Assert.Equal(5f / 16f, digits.Features[0, 2].item<float>());
        Assert.True(digits.Features.max().item<float>() <= 1f);
        using var images = Digits.Load(asImages: true);
        Assert.Equal([1797L, 1, 8, 8], images.Features.shape);
        Assert.Equal(13f / 16f, images.Features[0, 0, 0, 3].item<float>());
    }

    [Fact]
    public void Standardizer_uses_training_statistics()
    {
        using var wine = Wine.Load();
        using var scaler = Standardizer.Fit(wine.Features);
        using var z = scaler.Transform(wine.Features);
        Assert.True(z.mean([0L]).abs().max().item<float>() < 1e-4);
        Assert.True((z.std(0, unbiased: false) - 1).abs().max().item<float>() < 1e-3);
    }

    [Fact]
    public void Text_corpus_is_a_few_hundred_KB_of_clean_text_that_round_trips()
    {
        using var corpus = TextCorpus.Load();
        Assert.InRange(corpus.Text.Length, 200_000, 600_000);
        Assert.DoesNotContain('\b', corpus.Text);
        Assert.DoesNotContain("\n%\n", corpus.Text);
        Assert.InRange(corpus.VocabularySize, 60, 120);
        Assert.Equal(torch.ScalarType.Int64, corpus.Tokens.dtype);
        Assert.Equal(corpus.Text.Length, corpus.Tokens.shape[0]);
        var sample = corpus.Text[..200];
        Assert.Equal(sample, corpus.Decode(corpus.Encode(sample)));
        using var windows = corpus.Windows(32);
        Assert.Equal(32L, windows.Features.shape[1]);
        Assert.Equal(corpus.Decode(windows.Features[0].data<long>().Skip(1)), corpus.Decode(windows.Labels[0].data<long>().Take(31)));
    }

    [Fact]
    public void Short_messages_are_labelled_by_topic_and_short()
    {
        using var messages = ShortMessages.Load();
        Assert.Equal(["computers", "science", "politics", "work"], messages.ClassNames);
        Assert.InRange(messages.Count, 2000, 2600);
        Assert.All(messages.LabelCounts(), c => Assert.True(c > 400, $"class with only {c} messages"));
        Assert.All(messages.Texts, t => Assert.InRange(t.Length, 1, 200));
        Assert.Equal(messages.Count, messages.Labels.shape[0]);
        using var spam = messages.OneVsRest("computers");
        Assert.Equal([messages.Count - messages.LabelCounts()[0], messages.LabelCounts()[0]], spam.LabelCounts());
        Assert.Equal(messages.Count, spam.ToDataFrame(10_000).Rows.Count);
    }

    [Fact]
    public void Fortune_files_resolve_overstrikes()
    {
        Assert.Equal("n >= 3", FortuneFile.ResolveOverstrikes("_\bn >= 3"));
        Assert.Equal("does", FortuneFile.ResolveOverstrikes("____\b\b\b\bdoes"));
    }
}
