// Each collection starts its own Prometheus, Alertmanager and sidecar; on a shared two-core machine they
// must not run at the same time, or attribution and scrape deadlines would measure the machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
