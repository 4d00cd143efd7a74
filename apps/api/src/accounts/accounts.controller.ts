import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StaffAccount } from '@app/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { RequestMeta } from '../http/request-meta.decorator.js';
import { AccountsService } from './accounts.service.js';
import { CreateAccountDto } from './create-account.dto.js';
import { UpdateAccountDto } from './update-account.dto.js';

@ApiTags('accounts')
@Controller('api/accounts')
@Roles('admin')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  list(): Promise<StaffAccount[]> {
    return this.accounts.list();
  }

  @Post()
  create(@Body() body: CreateAccountDto, @RequestMeta() meta: RequestMeta): Promise<StaffAccount> {
    return this.accounts.create(body, meta);
  }

  @Patch(':id')
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateAccountDto, @RequestMeta() meta: RequestMeta): Promise<StaffAccount> {
    return this.accounts.update(id, body, meta);
  }
}
