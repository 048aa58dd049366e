using System.Security.Cryptography;
using System.Text;
using Caaa.Sidecar.Webhook;
using Microsoft.Data.Sqlite;

namespace Caaa.Sidecar.Store;

internal sealed partial class IncidentStore
{
    /// <summary>
    /// Stores a notification in one transaction: the delivery (or a duplicate count), each new
    /// incident, and the resolution of known ones. Alerts absent from the body are left untouched.
    /// A new delivery is refused, storing nothing, when <paramref name="maxPending"/> incidents are
    /// already waiting; counted in the same write turn, so concurrent notifications cannot all pass it.
    /// </summary>
    public async Task<IngestResult> IngestAsync(
        ReceivedNotification notification,
        string serviceLabel,
        int maxPending,
        CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var write = await _connections.EnterWriteAsync(request: true, cancellationToken);
        await using var transaction = connection.BeginTransaction();
        if (!await InsertDeliveryAsync(connection, transaction, notification, cancellationToken))
        {
            await connection.Command(
                "UPDATE deliveries SET duplicates = duplicates + 1 WHERE delivery_key = $key",
                ("$key", notification.DeliveryKey)).In(transaction).ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new IngestResult(Duplicate: true, [], 0, 0);
        }

        var backlog = await CountBacklogAsync(connection, transaction, cancellationToken);
        if (backlog >= maxPending)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new IngestResult(Duplicate: false, [], 0, backlog, Overloaded: true);
        }

        var toProcess = new List<string>();
        var created = 0;
        foreach (var alert in notification.Alerts)
        {
            var id = IncidentId(alert);
            var inserted = await InsertIncidentAsync(
                connection, transaction, id, alert, notification, serviceLabel, cancellationToken);
            if (inserted)
            {
                created++;
                toProcess.Add(id);
            }
            else if (alert.Status == AlertStatus.Resolved
                && await ResolveAsync(connection, transaction, id, alert, cancellationToken))
            {
                toProcess.Add(id);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new IngestResult(Duplicate: false, toProcess, created, backlog);
    }

    /// <summary>Stable per incident key (fingerprint + startsAt), so replays map to the same incident.</summary>
    public static string IncidentId(ReceivedAlert alert)
    {
        var key = $"{alert.Fingerprint}|{StoreTime.Format(alert.StartsAt)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    private async Task<bool> InsertDeliveryAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ReceivedNotification notification,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "INSERT OR IGNORE INTO deliveries (delivery_key, group_key, receiver, alert_count, truncated_alerts, " +
            "incomplete, received_at) VALUES ($key, $group, $receiver, $count, $truncated, $incomplete, $now)",
            ("$key", notification.DeliveryKey), ("$group", notification.GroupKey),
            ("$receiver", notification.Receiver), ("$count", notification.Alerts.Count),
            ("$truncated", notification.TruncatedAlerts), ("$incomplete", notification.Incomplete),
            ("$now", Now)).In(transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<bool> InsertIncidentAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string id,
        ReceivedAlert alert,
        ReceivedNotification notification,
        string serviceLabel,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "INSERT OR IGNORE INTO incidents (id, fingerprint, starts_at, ends_at, status, alertname, service, " +
            "labels, annotations, generator_url, group_key, work_state, created_at, updated_at) VALUES ($id, " +
            "$fingerprint, $starts, $ends, $status, $alertname, $service, $labels, $annotations, $generator, " +
            "$group, $pending, $now, $now)",
            ("$id", id), ("$fingerprint", alert.Fingerprint), ("$starts", StoreTime.Format(alert.StartsAt)),
            ("$ends", StoreTime.Format(alert.EndsAt)), ("$status", alert.Status.ToString()),
            ("$alertname", alert.AlertName), ("$service", alert.Labels.GetValueOrDefault(serviceLabel)),
            ("$labels", StoreJson.Write(alert.Labels)), ("$annotations", StoreJson.Write(alert.Annotations)),
            ("$generator", alert.GeneratorUrl), ("$group", notification.GroupKey),
            ("$pending", WorkStates.Pending), ("$now", Now)).In(transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<bool> ResolveAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string id,
        ReceivedAlert alert,
        CancellationToken cancellationToken)
    {
        // A resolution re-queues the incident so its annotation is closed and any silence expired.
        await using var command = connection.Command(
            "UPDATE incidents SET status = $resolved, ends_at = $ends, updated_at = $now, " +
            "work_state = CASE WHEN work_state = $processing THEN work_state ELSE $pending END " +
            "WHERE id = $id AND status = $firing",
            ("$id", id), ("$resolved", nameof(AlertStatus.Resolved)), ("$firing", nameof(AlertStatus.Firing)),
            ("$ends", StoreTime.Format(alert.EndsAt ?? _timeProvider.GetUtcNow())),
            ("$pending", WorkStates.Pending), ("$processing", WorkStates.Processing),
            ("$now", Now)).In(transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
