namespace Approvals.Core.Registry;

/// <summary>The level of a registered metrologist (注册计量师): 一级 or 二级.</summary>
public enum MetrologistLevel
{
    Level1 = 1,
    Level2 = 2,
}
