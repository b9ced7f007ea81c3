using System.Net;

namespace ChatOps.Teams.Outbound;

/// <summary>A Bot Connector call that failed after its retries, with the operation, status and the Connector's error code.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string operation, HttpStatusCode statusCode, string? errorCode, string? errorMessage)
        : base($"Bot Connector {operation} failed with {(int)statusCode} {errorCode}: {errorMessage}")
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public string? Operation { get; }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }
}
