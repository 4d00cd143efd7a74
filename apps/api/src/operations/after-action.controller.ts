import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HQ_ROLES, type AfterActionReport } from '@app/contracts';
import { afterActionCsv } from '@app/domain';
import { Roles } from '../auth/auth.decorators.js';
import { AfterActionQueryDto } from './operations-query.dto.js';
import { AfterActionService } from './after-action.service.js';

@Controller('api/after-action')
@Roles(...HQ_ROLES)
export class AfterActionController {
  constructor(private readonly afterAction: AfterActionService) {}

  /** JSON by default; `format=csv` answers a CSV file named after the period. */
  @Get()
  async report(@Query() query: AfterActionQueryDto, @Res({ passthrough: true }) res: Response): Promise<AfterActionReport | string> {
    const report = await this.afterAction.report(query.from, query.to, query.lang ?? 'zh-Hans');
    if (query.format !== 'csv') return report;
    const name = `after-action-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}-${report.language}.csv`;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    return afterActionCsv(report);
  }
}
