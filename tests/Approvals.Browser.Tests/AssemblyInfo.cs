// Each test class starts a host and a browser; side by side on two cores they starve each other's circuits.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
