namespace ChatOps.Slack.Cards;

/// <summary>Slack's Block Kit limits (protocols E7); the renderer stays within them so Slack never answers <c>invalid_blocks</c>.</summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int Id = 255;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ContextText = 2000;
    public const int ModalTitle = 24;
    public const int PrivateMetadata = 3000;
    public const int InputLabel = 2000;
    public const int InputMaxLength = 3000;
    public const int Placeholder = 150;

    /// <summary>The message <c>text</c> Slack shows in notifications; longer text is cut by Slack, so we cut it first.</summary>
    public const int FallbackText = 3000;
}
