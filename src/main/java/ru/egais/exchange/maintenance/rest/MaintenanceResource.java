package ru.egais.exchange.maintenance.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.maintenance.BackupResult;
import ru.egais.exchange.maintenance.BackupService;
import ru.egais.exchange.maintenance.MaintenanceService;
import ru.egais.exchange.maintenance.MaintenanceStatus;
import ru.egais.exchange.maintenance.RetentionResult;
import ru.egais.exchange.maintenance.RetentionService;

/** Backup, retention and what they last did. */
@Path("/api/v1/maintenance")
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    /** Where to write a backup: a new file in an existing folder, on the service's machine. */
    public record BackupRequest(String path) {
    }

    private final MaintenanceService maintenance;
    private final BackupService backups;
    private final RetentionService retention;

    public MaintenanceResource(MaintenanceService maintenance, BackupService backups, RetentionService retention) {
        this.maintenance = maintenance;
        this.backups = backups;
        this.retention = retention;
    }

    @GET
    public MaintenanceStatus status() {
        return maintenance.status();
    }

    /** A consistent copy of the embedded database while documents keep being posted. */
    @POST
    @Path("/backup")
    @Consumes(MediaType.APPLICATION_JSON)
    public BackupResult backup(BackupRequest request) {
        if (request == null) {
            throw new RequestUnreadable("a JSON body {\"path\": \"…\"} is required");
        }
        return backups.backup(request.path());
    }

    /**
     * Runs retention now (it also runs daily): bodies older than the configured age are removed. Takes a JSON body
     * ({@code {}}) like every action, so a page on another site cannot trigger it with a plain form or fetch.
     */
    @POST
    @Path("/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionResult runRetention(java.util.Map<String, Object> request) {
        if (request == null) {
            throw new RequestUnreadable("a JSON body {} is required");
        }
        return retention.removeOldBodies();
    }
}
